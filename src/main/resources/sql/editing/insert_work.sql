INSERT INTO core.works (code, name, address, function, protection_level, chemical_grade, construction_mode,
                        district_code, footprint, footprint_provisional, building_area, protected_area, sheltering_area,
                        capacity, completion_year, status, managing_unit, duty_phone, last_verified, public_shelter, wheelchair_accessible,
                        peacetime_use, open_status, changed_by)
VALUES (:code, :name, :address, :function, :protection_level, :chemical_grade, :construction_mode, :district_code,
        ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(:geojson), 4326)), :provisional, :building_area, :protected_area,
        :sheltering_area, :capacity, :completion_year, :status, :managing_unit, :duty_phone, :last_verified, :public_shelter,
        :wheelchair_accessible, :peacetime_use, :open_status, :actor)
RETURNING id
