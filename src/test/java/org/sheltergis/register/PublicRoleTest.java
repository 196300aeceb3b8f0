package org.sheltergis.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sheltergis.common.PublicDatabase;
import org.sheltergis.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The public role reads the pub views and nothing else; the views hold no restricted work. */
@IntegrationTest
class PublicRoleTest {

    @Autowired
    PublicDatabase publicDatabase;

    @Autowired
    JdbcClient register;

    @Test
    void publicRoleCannotReadTheRegisterOrTheStaffViews() {
        for (String relation : new String[] {
            "core.works",
            "core.entrances",
            "core.population",
            "core.hazards",
            "core.candidate_sites",
            "core.fee_receipts",
            "staff.works",
            "staff.hazards"
        }) {
            assertThatThrownBy(() -> publicDatabase
                            .jdbc()
                            .sql("SELECT count(*) FROM " + relation)
                            .query(Long.class)
                            .single())
                    .as(relation)
                    .isInstanceOf(DataAccessException.class)
                    .rootCause()
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void publicRoleCannotWrite() {
        assertThatThrownBy(
                        () -> publicDatabase.jdbc().sql("DELETE FROM pub.pois").update())
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void publicViewsHoldOnlyPublicPersonnelSheltersInService() {
        long publicCount = publicDatabase
                .jdbc()
                .sql("SELECT count(*) FROM pub.shelters")
                .query(Long.class)
                .single();
        long expected = register.sql("""
                SELECT count(*) FROM core.works
                WHERE public_shelter AND function IN ('personnel_1','personnel_2') AND status = 'in_service'""").query(Long.class).single();
        assertThat(publicCount).isEqualTo(expected).isGreaterThan(0);
        long leaked = register.sql("""
                SELECT count(*) FROM pub.shelters s JOIN core.works w ON w.id = s.id
                WHERE w.function NOT IN ('personnel_1','personnel_2') OR NOT w.public_shelter OR w.status <> 'in_service'""").query(Long.class).single();
        assertThat(leaked).isZero();
        long restrictedEntrances = register.sql("""
                SELECT count(*) FROM pub.entrances e JOIN core.works w ON w.id = e.shelter_id
                WHERE w.function NOT IN ('personnel_1','personnel_2')""").query(Long.class).single();
        assertThat(restrictedEntrances).isZero();
        // No protection detail is a column of any public view.
        long detailColumns = register.sql("""
                SELECT count(*) FROM information_schema.columns WHERE table_schema = 'pub'
                AND column_name IN ('protection_level','chemical_grade','function','sheltering_area')""").query(Long.class).single();
        assertThat(detailColumns).isZero();
        // The contact attributes the office publishes (V16) are in one view only, which holds public shelters only.
        List<String> contactViews = register.sql("""
                SELECT DISTINCT table_name FROM information_schema.columns WHERE table_schema = 'pub'
                AND column_name IN ('managing_unit','duty_phone','last_verified') ORDER BY 1""").query(String.class).list();
        assertThat(contactViews).containsExactly("shelter_contacts");
        long restrictedContacts = register.sql("""
                SELECT count(*) FROM pub.shelter_contacts c JOIN core.works w ON w.id = c.id
                WHERE NOT w.public_shelter OR w.function NOT IN ('personnel_1','personnel_2') OR w.status <> 'in_service'""").query(Long.class).single();
        assertThat(restrictedContacts).isZero();
    }

    @Test
    void aRestrictedWorkCannotBeMarkedPublic() {
        assertThatThrownBy(() -> register.sql("""
                UPDATE core.works SET public_shelter = true WHERE function = 'command'""").update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("public_only_personnel");
    }
}
