package org.sheltergis.ogc.wms;

/**
 * A request the WMS answers with a ServiceExceptionReport. {@code code} is a WMS 1.3.0 / OWS code; the 1.1.1 report
 * translates the few that differ (InvalidCRS becomes InvalidSRS). {@code locator} names the parameter at fault.
 */
public class WmsException extends RuntimeException {

    static final String INVALID_PARAMETER_VALUE = "InvalidParameterValue";
    static final String MISSING_PARAMETER_VALUE = "MissingParameterValue";
    public static final String LAYER_NOT_DEFINED = "LayerNotDefined";
    static final String LAYER_NOT_QUERYABLE = "LayerNotQueryable";
    public static final String STYLE_NOT_DEFINED = "StyleNotDefined";
    public static final String INVALID_CRS = "InvalidCRS";
    public static final String INVALID_FORMAT = "InvalidFormat";
    public static final String INVALID_POINT = "InvalidPoint";
    static final String OPERATION_NOT_SUPPORTED = "OperationNotSupported";
    static final String INVALID_UPDATE_SEQUENCE = "InvalidUpdateSequence";
    /** Not an OGC code: the request was valid but over a configured limit (size, features, deadline). */
    static final String LIMIT_EXCEEDED = "ResourceLimitExceeded";

    private final String code;
    private final String locator;

    public WmsException(String code, String locator, String message) {
        super(message);
        this.code = code;
        this.locator = locator;
    }

    public String code() {
        return code;
    }

    public String locator() {
        return locator;
    }

    /** The code as a version's report spells it. */
    public String code(WmsVersion version) {
        if (version == WmsVersion.V1_1_1 && INVALID_CRS.equals(code)) {
            return "InvalidSRS";
        }
        return code;
    }

    public static WmsException missing(String parameter) {
        return new WmsException(
                MISSING_PARAMETER_VALUE,
                parameter.toLowerCase(java.util.Locale.ROOT),
                "The parameter " + parameter + " is required.");
    }

    public static WmsException invalid(String parameter, String message) {
        return new WmsException(INVALID_PARAMETER_VALUE, parameter.toLowerCase(java.util.Locale.ROOT), message);
    }
}
