/**
 * Evaluation harness ({@link se.etablera.nlp.eval.Evaluate}) and throughput benchmark
 * ({@link se.etablera.nlp.eval.Benchmark}) of the text analyzer, run on a directory of job ads in the formats
 * of ../shared/data/ads. Command-line tools, not used by the service.
 */
package se.etablera.nlp.eval;
