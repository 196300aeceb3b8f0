package org.sheltergis.codes;

import java.util.List;
import java.util.Map;
import org.sheltergis.common.NotFoundException;
import org.sheltergis.security.CallerAccess;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The code lists with their zh/en labels, for every page. Anonymous callers and API keys get the public lists; staff
 * get every list. A list the caller may not read is the same 404 as one that does not exist.
 */
@RestController
@RequestMapping("/api/codes")
class CodeController {

    private final CodeLists codes;
    private final CallerAccess access;

    CodeController(CodeLists codes, CallerAccess access) {
        this.codes = codes;
        this.access = access;
    }

    @GetMapping
    ResponseEntity<Map<String, List<Code>>> lists() {
        return answer(readable());
    }

    @GetMapping("/{list}")
    ResponseEntity<List<Code>> list(@PathVariable String list) {
        List<Code> found = readable().get(list);
        if (found == null) {
            throw new NotFoundException("There is no code list named '" + list + "'.");
        }
        return answer(found);
    }

    private Map<String, List<Code>> readable() {
        return access.canReadRestricted() ? codes.allLists() : codes.publicLists();
    }

    /** Revalidated on every use (the service worker keeps a copy for offline use); staff answers stay private. */
    private <T> ResponseEntity<T> answer(T body) {
        CacheControl cache =
                access.canReadRestricted() ? CacheControl.noCache().cachePrivate() : CacheControl.noCache();
        return ResponseEntity.ok().cacheControl(cache).body(body);
    }
}
