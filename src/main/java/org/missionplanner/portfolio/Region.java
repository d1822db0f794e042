package org.missionplanner.portfolio;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The regions in which HQ groups peace operations, from a mission's host countries (ISO 3166-1
 * alpha-2, XK for Kosovo): Africa, the Americas, Asia and the Pacific, Europe, the Middle East.
 */
public enum Region {
    AFRICA("DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU YT MA"
            + " MZ NA NE NG RE RW SH ST SN SC SL SO ZA SS SD TZ TG TN UG EH ZM ZW IO TF"),
    AMERICAS("AI AG AR AW BS BB BZ BM BO BQ BR VG CA KY CL CO CR CU CW DM DO EC SV FK GF GL GD GP GT GY HT HN JM MQ MX"
            + " MS NI PA PY PE PR BL KN LC MF PM VC SX GS SR TT TC US UM VI UY VE"),
    ASIA_PACIFIC("AF AS AU BD BT BN KH CN CX CC CK FJ PF GU HK IN ID JP KZ KI KP KR KG LA MO MY MV MH FM MN MM NR NP"
            + " NC NZ NU NF MP PK PW PG PH PN WS SB LK TW TJ TH TL TK TO TM TV UZ VU VN WF HM AQ BV"),
    EUROPE("AX AL AD AM AT AZ BY BE BA BG HR CY CZ DK EE FO FI FR GE DE GI GR GG HU IS IE IM IT JE XK LV LI LT LU MT"
            + " MD MC ME NL MK NO PL PT RO RU SM RS SK SI ES SJ SE CH UA GB VA"),
    MIDDLE_EAST("BH EG IR IQ IL JO KW LB OM PS QA SA SY TR AE YE");

    private static final Map<String, Region> BY_COUNTRY = new HashMap<>();

    static {
        for (Region region : values()) {
            for (String code : region.codes.split(" ")) {
                BY_COUNTRY.put(code, region);
            }
        }
    }

    private final String codes;

    Region(String codes) {
        this.codes = codes;
    }

    public static Optional<Region> of(String countryCode) {
        return Optional.ofNullable(countryCode == null ? null : BY_COUNTRY.get(countryCode));
    }
}
