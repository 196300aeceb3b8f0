package org.sheltergis.siting.solving;

import jakarta.validation.Valid;
import java.util.Map;
import org.sheltergis.common.ShelterProperties;
import org.sheltergis.siting.SitingProperties;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Site selection on an instance given whole in the request: what-ifs and outside checks, no register involved. */
@RestController
@RequestMapping("/api/siting")
class SolveController {

    private final SitingProperties settings;
    private final double m2PerPerson;

    SolveController(SitingProperties settings, ShelterProperties shelter) {
        this.settings = settings;
        this.m2PerPerson = settings.m2PerPerson() != null
                ? settings.m2PerPerson()
                : shelter.capacity().m2PerPerson();
    }

    @PostMapping(path = "/solve", consumes = "application/json")
    Map<String, Object> solve(@Valid @RequestBody SolveRequest body) {
        SolveParameters params = SolveParameters.read(body, settings, false);
        SitingInstance instance = ExplicitInstance.read(body, params, m2PerPerson);
        Selection selection = params.solve(instance.problem());
        return PlanReport.of(instance, selection);
    }
}
