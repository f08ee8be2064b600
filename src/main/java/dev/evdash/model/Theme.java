package dev.evdash.model;

public enum Theme {
    LIGHT, DARK
}
