package org.missionplanner.national;

/** What kind of national institution or group a national actor is. */
public enum NationalActorKind {
    MINISTRY,
    COMMISSION,
    SECURITY_INSTITUTION,
    JUDICIARY,
    LEGISLATURE,
    LOCAL_AUTHORITY,
    CIVIL_SOCIETY,
    OTHER
}
