UPDATE core.works SET
  name = :name, address = :address, function = :function, protection_level = :protection_level,
  chemical_grade = :chemical_grade, construction_mode = :construction_mode, district_code = :district_code,
  building_area = :building_area, protected_area = :protected_area, sheltering_area = :sheltering_area,
  capacity = :capacity, completion_year = :completion_year, status = :status, managing_unit = :managing_unit,
  duty_phone = :duty_phone, last_verified = :last_verified,
  public_shelter = :public_shelter, wheelchair_accessible = :wheelchair_accessible, peacetime_use = :peacetime_use,
  open_status = :open_status,
  version = version + 1, changed_at = now(), changed_by = :actor
WHERE id = :id AND version = :version
