package se.etablera.nlp;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import se.etablera.input.Intake;
import se.etablera.web.Web;

/**
 * POST /api/analyze: the concepts in a posted text with their spans and confidences, for an employer pasting an
 * ad and for the UI. Nothing is stored or logged; the analysis runs on a worker thread.
 */
public final class AnalysisHandlers {
  private static final Intake.Form<JsonObject> FORM = new Intake.Form<>("analyze", List.of(), JsonObject.class, x -> List.of(), List.of());

  private final TextExtraction extraction;
  private final Intake intake;

  public AnalysisHandlers(TextExtraction extraction, Intake intake) {
    this.extraction = extraction;
    this.intake = intake;
  }

  public void analyze(RoutingContext ctx) {
    String text = intake.read(FORM, Web.body(ctx)).getString("text");
    Web.respond(ctx, ctx.vertx().executeBlocking(() -> extraction.analyze(text), false), Web::ok);
  }
}
