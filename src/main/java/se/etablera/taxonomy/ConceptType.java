package se.etablera.taxonomy;

/** The kinds of vocabulary a record field can refer to. */
public enum ConceptType {
  OCCUPATION("occupation"),
  OCCUPATION_GROUP("occupation group (SSYK-4)"),
  OCCUPATION_FIELD("occupation field"),
  SKILL("skill"),
  LANGUAGE("language"),
  DRIVING_LICENCE("driving licence"),
  MUNICIPALITY("municipality");

  private final String noun;

  ConceptType(String noun) {
    this.noun = noun;
  }

  public String noun() {
    return noun;
  }
}
