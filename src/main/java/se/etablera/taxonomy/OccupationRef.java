package se.etablera.taxonomy;

/**
 * A resolved occupation reference: an occupation name (or an SSYK-4 group when that is all the source
 * says) together with its SSYK-2012 group and occupation field, so queries can match at every level.
 */
public record OccupationRef(String id, String label, String ssyk, String group, String field) {
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isGroupOnly() {
    return id.equals(group);
  }
}
