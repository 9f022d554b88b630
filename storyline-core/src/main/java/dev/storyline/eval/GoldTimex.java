package dev.storyline.eval;

/**
 * One hand-annotated time expression of the gold set (a row of eval/gold/time.tsv).
 *
 * @param corpus "unc" or "vims"
 * @param docId  the document id inside that corpus
 * @param start  start offset into the article text (see {@link TimeEval} for how the text is built)
 * @param end    end offset, exclusive
 * @param type   DATE, TIME, DURATION or SET
 * @param value  TIMEX3 value
 * @param mod    TIMEX3 modifier, or "" for none
 * @param form   coarse surface class used for the per-form breakdown (day-month, relative, duration…)
 * @param split  "dev" or "test"
 * @param check  "length:first 8 hex of sha1(UTF-8 of the NFC span)", so offsets can be verified without the text
 */
public record GoldTimex(String corpus, String docId, int start, int end, String type, String value, String mod,
                        String form, String split, String check) {
  public GoldTimex {
    mod = mod == null ? "" : mod;
  }
}
