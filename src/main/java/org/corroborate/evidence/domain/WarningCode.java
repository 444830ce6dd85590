package org.corroborate.evidence.domain;

/** The consistency checks shown as warnings on a figure; each code has a sentence in the explanation bundles. */
public enum WarningCode {
    PARTS_EXCEED_WHOLE,
    TOLL_GOES_DOWN,
    SHARE_OVER_100,
    UNIT_DOES_NOT_FIT,
    QUALIFIER_NOT_CARRIED,
    ATTRIBUTION_NOT_CARRIED,
    SUPPORT_DISAGREES,
    HISTORY_LINKED_AS_EVIDENCE;

    public String messageKey() {
        return "warning." + name();
    }
}
