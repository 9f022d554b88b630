package dev.storyline.model;

public enum EntityType { PERSON, ORGANIZATION, LOCATION, MISC }
