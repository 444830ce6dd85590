package org.corroborate.place;

/** What kind of place a registry entry is: a country, a region within it (province, governorate, state), a city or town, an area. */
public enum PlaceKind {
    COUNTRY, REGION, CITY, AREA
}
