package org.sheltergis.layers;

import static org.sheltergis.layers.Attribute.bool;
import static org.sheltergis.layers.Attribute.date;
import static org.sheltergis.layers.Attribute.integer;
import static org.sheltergis.layers.Attribute.number;
import static org.sheltergis.layers.Attribute.text;
import static org.sheltergis.layers.Attribute.timestamp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sheltergis.security.CallerAccess;
import org.springframework.stereotype.Component;

/**
 * Every published layer, declared once. Adding a layer is one entry here plus its view (a migration) and its SLD style
 * (geoserver/styles); the REST API, WMS, OGC API Features and the GeoServer publication pick it up from this list.
 */
@Component
public class LayerCatalog implements CallerAccess.Layers {

    private static final Attribute CODE = text("code", "编号", "Code");
    private static final Attribute NAME = text("name", "名称", "Name");
    private static final Attribute ADDRESS = text("address", "地址", "Address");
    private static final Attribute DISTRICT = text("district_code", "行政区代码", "District code");

    private static final List<Attribute> SHELTER_ATTRIBUTES = List.of(
            CODE,
            NAME,
            ADDRESS,
            DISTRICT,
            text("district_name", "行政区", "District"),
            integer("capacity", "容纳人数", "Capacity (persons)"),
            text("open_status", "开放状态", "Open status"),
            bool("wheelchair_accessible", "无障碍", "Wheelchair accessible"),
            text("peacetime_use", "平时用途", "Peacetime use"),
            text("signage_status", "标识状态", "Signage status"),
            integer("signage_year", "标识更新年份", "Signage upgraded in"),
            bool("has_parking", "可停车", "Has parking"),
            integer("parking_spaces", "停车位", "Parking spaces"),
            integer("parking_free", "空余车位", "Free spaces"),
            integer("ev_chargers", "充电桩", "EV chargers"),
            integer("entrance_count", "出入口数", "Entrances"),
            timestamp("changed_at", "更新时间", "Last change"));

    private static final List<LayerDefinition> LAYERS = List.of(
            new LayerDefinition(
                    "shelters",
                    "人防疏散掩蔽工程",
                    "Public shelters",
                    "向公众开放的人员掩蔽工程（在用），仅含公开属性。",
                    "Personnel shelters in service designated for public sheltering; public attributes only.",
                    Access.PUBLIC,
                    "shelters",
                    GeometryKind.MULTI_POLYGON,
                    SHELTER_ATTRIBUTES,
                    List.of("shelters_signage", "shelters_use", "shelters_parking")),
            new LayerDefinition(
                    "shelter_points",
                    "人防疏散掩蔽点",
                    "Public shelter points",
                    "公共人员掩蔽工程的位置点。",
                    "Public shelters as points (a point on each footprint).",
                    Access.PUBLIC,
                    "shelter_points",
                    GeometryKind.POINT,
                    SHELTER_ATTRIBUTES,
                    List.of("shelter_points")),
            new LayerDefinition(
                    "entrances",
                    "掩蔽工程出入口",
                    "Shelter entrances",
                    "公共掩蔽工程的人员、车辆出入口和应急出口。",
                    "Entrances and exits of public shelters.",
                    Access.PUBLIC,
                    "entrances",
                    GeometryKind.POINT,
                    List.of(
                            integer("shelter_id", "工程编号", "Shelter id"),
                            text("kind", "类型", "Kind"),
                            bool("accessible", "无障碍", "Accessible")),
                    List.of("entrances")),
            new LayerDefinition(
                    "parking",
                    "人防工程停车场",
                    "Shelter parking",
                    "平时用作停车场的公共人防工程：车位、空余车位与充电桩。",
                    "Public shelters used as car parks in peacetime: spaces, free spaces and EV chargers.",
                    Access.PUBLIC,
                    "parking",
                    GeometryKind.POINT,
                    List.of(
                            CODE,
                            NAME,
                            ADDRESS,
                            DISTRICT,
                            integer("total_spaces", "车位总数", "Total spaces"),
                            integer("public_spaces", "对外开放车位", "Public spaces"),
                            integer("free_spaces", "空余车位", "Free spaces"),
                            timestamp("free_spaces_at", "空余车位更新时间", "Free spaces as of"),
                            integer("ev_chargers_installed", "已安装充电桩", "EV chargers installed"),
                            integer("ev_chargers_in_service", "在用充电桩", "EV chargers in service"),
                            text("opening_hours", "开放时间", "Opening hours"),
                            integer("opened_year", "开放停车年份", "Opened for parking in")),
                    List.of("parking")),
            new LayerDefinition(
                    "districts",
                    "行政区划",
                    "Districts",
                    "南通市区县行政区划（行政区划 © 天地图）。",
                    "Districts of Nantong (boundaries © Tianditu).",
                    Access.PUBLIC,
                    "districts",
                    GeometryKind.MULTI_POLYGON,
                    List.of(
                            text("code", "行政区代码", "Code"),
                            text("name_zh", "名称", "Name (Chinese)"),
                            text("name_en", "英文名称", "Name (English)"),
                            bool("main_urban", "主城区", "Main urban area")),
                    List.of("districts")),
            new LayerDefinition(
                    "plan_units",
                    "人防控规单元",
                    "Control-plan units",
                    "人防工程控制性详细规划的规划单元及规划人口。",
                    "Units of the civil-defence control plan with their planned population.",
                    Access.PUBLIC,
                    "plan_units",
                    GeometryKind.MULTI_POLYGON,
                    List.of(CODE, NAME, DISTRICT, integer("planned_population", "规划人口", "Planned population")),
                    List.of("plan_units")),
            new LayerDefinition(
                    "pois",
                    "人防宣传教育点",
                    "Civil-defence education points",
                    "人防知识教育示范学校、志愿服务站与共建社区。",
                    "Demonstration schools, volunteer stations and partner communities.",
                    Access.PUBLIC,
                    "pois",
                    GeometryKind.POINT,
                    List.of(text("kind", "类型", "Kind"), NAME, ADDRESS),
                    List.of("pois")),
            new LayerDefinition(
                    "works",
                    "人防工程（全部）",
                    "Civil air defence works (all)",
                    "人防工程登记册全部工程及全部属性（涉密，仅限授权用户）。",
                    "Every work in the register with every attribute (restricted).",
                    Access.RESTRICTED,
                    "works",
                    GeometryKind.MULTI_POLYGON,
                    List.of(
                            CODE,
                            NAME,
                            text("function", "战时功能", "Wartime function"),
                            text("protection_level", "防护等级", "Protection level"),
                            text("chemical_grade", "防化等级", "Chemical-defence grade"),
                            text("construction_mode", "建设方式", "Construction mode"),
                            DISTRICT,
                            ADDRESS,
                            number("building_area", "建筑面积(m²)", "Building area (m²)"),
                            number("protected_area", "防护面积(m²)", "Protected area (m²)"),
                            number("sheltering_area", "掩蔽面积(m²)", "Sheltering area (m²)"),
                            integer("capacity", "容纳人数", "Capacity (persons)"),
                            integer("completion_year", "竣工年份", "Completed in"),
                            text("status", "状态", "Status"),
                            text("managing_unit", "管理单位", "Managing unit"),
                            bool("public_shelter", "公共掩蔽", "Public shelter"),
                            bool("wheelchair_accessible", "无障碍", "Wheelchair accessible"),
                            text("peacetime_use", "平时用途", "Peacetime use"),
                            text("open_status", "开放状态", "Open status"),
                            text("signage_status", "标识状态", "Signage status"),
                            integer("signage_year", "标识更新年份", "Signage upgraded in"),
                            date("signage_inspected", "标识巡查日期", "Signage inspected"),
                            integer("parking_spaces", "停车位", "Parking spaces"),
                            integer("parking_opened_year", "开放停车年份", "Opened for parking in"),
                            integer("ev_chargers_installed", "充电桩", "EV chargers installed"),
                            integer("version", "版本", "Version"),
                            timestamp("changed_at", "更新时间", "Last change"),
                            text("changed_by", "更新人", "Changed by")),
                    List.of("works_function", "works_status")),
            new LayerDefinition(
                    "work_entrances",
                    "人防工程出入口（全部）",
                    "Entrances of all works",
                    "全部人防工程的出入口（涉密）。",
                    "Entrances of every work (restricted).",
                    Access.RESTRICTED,
                    "entrances",
                    GeometryKind.POINT,
                    List.of(
                            integer("work_id", "工程编号", "Work id"),
                            text("work_code", "工程代码", "Work code"),
                            text("kind", "类型", "Kind"),
                            bool("accessible", "无障碍", "Accessible")),
                    List.of("entrances")),
            new LayerDefinition(
                    "population",
                    "人口分布",
                    "Population",
                    "100 米格网或居住街坊人口（需求）。",
                    "Resident population on 100 m cells or blocks (demand).",
                    Access.RESTRICTED,
                    "population",
                    GeometryKind.POLYGON,
                    List.of(text("kind", "类型", "Kind"), integer("population", "人口", "Population")),
                    List.of("population")),
            new LayerDefinition(
                    "candidate_sites",
                    "新建人防工程备选用地",
                    "Candidate sites",
                    "易地建设费新建人防工程的备选用地。",
                    "Candidate sites for new works paid by the relocation fee.",
                    Access.RESTRICTED,
                    "candidate_sites",
                    GeometryKind.MULTI_POLYGON,
                    List.of(
                            CODE,
                            text("kind", "类型", "Kind"),
                            NAME,
                            DISTRICT,
                            number("buildable_area", "可建地下面积(m²)", "Buildable underground area (m²)"),
                            number("unit_cost", "单位造价(元/m²)", "Unit cost (CNY/m²)"),
                            number("cost", "估算造价(元)", "Estimated cost (CNY)")),
                    List.of("candidate_sites")),
            new LayerDefinition(
                    "hazards",
                    "危险源",
                    "Hazards",
                    "易燃易爆仓库与有毒储罐及其安全距离（GB 50038 第3.1.3条）。",
                    "Flammable/explosive stores and toxic tanks with their clearance (GB 50038 §3.1.3).",
                    Access.RESTRICTED,
                    "hazards",
                    GeometryKind.POINT,
                    List.of(NAME, text("kind", "类型", "Kind"), number("clearance_m", "安全距离(m)", "Clearance (m)")),
                    List.of("hazards")));

    private final Map<String, LayerDefinition> byName = new LinkedHashMap<>();

    public LayerCatalog() {
        for (LayerDefinition layer : LAYERS) {
            if (byName.put(layer.name(), layer) != null) {
                throw new IllegalStateException("duplicate layer " + layer.name());
            }
        }
    }

    /** All layers, public first, in catalog order. */
    @Override
    public List<LayerDefinition> listLayers() {
        return List.copyOf(byName.values());
    }

    /** The layers the current caller may read, in catalog order: what every outlet lists. */
    public List<LayerDefinition> listReadable(CallerAccess access) {
        return byName.values().stream().filter(access::canRead).toList();
    }

    /**
     * The layer of that name if the current caller may read it. A restricted layer asked for by a caller who may not
     * read it is not found, the same answer as a name that does not exist, so its existence does not leak either.
     */
    public Optional<LayerDefinition> findReadable(String name, CallerAccess access) {
        return findLayer(name).filter(access::canRead);
    }

    public Optional<LayerDefinition> findLayer(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
