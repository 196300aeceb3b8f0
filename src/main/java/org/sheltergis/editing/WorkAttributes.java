package org.sheltergis.editing;

/**
 * The attributes of a work as an edit or an import sets them, typed but not yet checked ({@link WorkRules} checks
 * them). Codes are the register's code values (not labels); null is "not given"; {@code lastVerified} is an ISO date.
 */
public record WorkAttributes(
        String name,
        String address,
        String function,
        String protectionLevel,
        String chemicalGrade,
        String constructionMode,
        String districtCode,
        Double buildingArea,
        Double protectedArea,
        Double shelteringArea,
        Integer capacity,
        Integer completionYear,
        String status,
        String managingUnit,
        String dutyPhone,
        String lastVerified,
        boolean publicShelter,
        boolean wheelchairAccessible,
        String peacetimeUse,
        String openStatus) {

    /** The named parameters of {@code editing/update_attributes.sql} and {@code editing/insert_work.sql}. */
    java.util.Map<String, Object> params() {
        var p = new java.util.HashMap<String, Object>();
        p.put("name", name);
        p.put("address", address);
        p.put("function", function);
        p.put("protection_level", protectionLevel);
        p.put("chemical_grade", chemicalGrade);
        p.put("construction_mode", constructionMode);
        p.put("district_code", districtCode);
        p.put("building_area", buildingArea);
        p.put("protected_area", protectedArea);
        p.put("sheltering_area", shelteringArea);
        p.put("capacity", capacity);
        p.put("completion_year", completionYear);
        p.put("status", status);
        p.put("managing_unit", managingUnit);
        p.put("duty_phone", dutyPhone);
        p.put(
                "last_verified",
                lastVerified == null ? null : java.sql.Date.valueOf(java.time.LocalDate.parse(lastVerified)));
        p.put("public_shelter", publicShelter);
        p.put("wheelchair_accessible", wheelchairAccessible);
        p.put("peacetime_use", peacetimeUse);
        p.put("open_status", openStatus);
        return p;
    }
}
