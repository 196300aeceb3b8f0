package org.sheltergis.codes;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.sheltergis.common.PublicDatabase;
import org.sheltergis.common.SqlFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The code lists and their zh/en labels, from the database's {@code code_labels} (the one place they are written):
 * pages read them through {@code GET /api/codes}, and the editors check submitted codes against them. The public lists
 * are read through the public role ({@code pub.code_labels}), so which lists are public is decided by that view, not
 * here. The lists change only with a migration, so each is read once.
 */
@Component
public class CodeLists {

    private final Supplier<Map<String, List<Code>>> publicLists;
    private final Supplier<Map<String, List<Code>>> allLists;

    CodeLists(PublicDatabase publicDatabase, JdbcClient register) {
        this.publicLists = once(() -> read(publicDatabase.jdbc(), "codes/public_labels.sql"));
        this.allLists = once(() -> read(register, "codes/all_labels.sql"));
    }

    /** The lists anyone may read (the public map's and the public layers' codes). */
    public Map<String, List<Code>> publicLists() {
        return publicLists.get();
    }

    /** Every list of the register, restricted ones (wartime function, protection level, …) included. */
    public Map<String, List<Code>> allLists() {
        return allLists.get();
    }

    /** The codes of one list, in its order; a list that does not exist is a programming error. */
    public Set<String> codes(String list) {
        List<Code> codes = allLists().get(list);
        if (codes == null) {
            throw new IllegalArgumentException("there is no code list '" + list + "'");
        }
        Set<String> out = new LinkedHashSet<>();
        codes.forEach(c -> out.add(c.code()));
        return Collections.unmodifiableSet(out);
    }

    private static Map<String, List<Code>> read(JdbcClient jdbc, String sql) {
        Map<String, List<Code>> lists = new LinkedHashMap<>();
        jdbc.sql(SqlFiles.load(sql)).query(rs -> {
            lists.computeIfAbsent(rs.getString("domain"), d -> new java.util.ArrayList<>())
                    .add(new Code(
                            rs.getString("code"), new Code.Label(rs.getString("label_zh"), rs.getString("label_en"))));
        });
        Map<String, List<Code>> frozen = new LinkedHashMap<>();
        lists.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(frozen);
    }

    private static <T> Supplier<T> once(Supplier<T> read) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        if (value == null) {
                            value = read.get();
                        }
                        v = value;
                    }
                }
                return v;
            }
        };
    }
}
