package org.wenxian.search;

/** One value of a facet with its label and how many matching passages carry it. */
public record FacetValue(String value, String label, int count) {}
