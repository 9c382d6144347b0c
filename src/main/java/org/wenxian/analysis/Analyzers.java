package org.wenxian.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.util.Version;

/**
 * The one place analyzers are built, used by both indexing and querying so the two cannot drift.
 */
public final class Analyzers {
  /**
   * Bumped whenever analysis changes in a way that changes indexed terms. Stored in every index
   * generation; a mismatch forces a full rebuild.
   */
  public static final String ANALYSIS_VERSION =
      "wenxian-analysis-14/lucene-" + Version.LATEST + "/" + ChineseScript.DICTIONARY_VERSION;

  /** English words the plural rule leaves alone: the stop words and those that only look plural. */
  private static final CharArraySet ENGLISH_FUNCTION_WORDS = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);

  static {
    ENGLISH_FUNCTION_WORDS.addAll(java.util.List.of("was", "has", "does", "this", "his", "hers", "its", "ours", "yours",
        "theirs", "always", "perhaps", "sometimes", "whereas", "towards", "besides"));
  }

  private Analyzers() {}

  /**
   * Words: Traditional→Simplified, then SmartCN's HMM word segmentation, lower-cased, with
   * SmartCN's punctuation stop set. Latin words and numbers pass through whole, an English plural in
   * the singular (clusters, industries).
   */
  public static Analyzer words() {
    return wordChain(false);
  }

  /**
   * Words for queries: the word chain plus Taiwan/mainland synonyms as a token graph (人工智慧 also
   * matches 人工智能 and AI). Used at query time only, so editing the list needs no reindex.
   */
  public static Analyzer wordsWithSynonyms() {
    return wordChain(true);
  }

  private static Analyzer wordChain(boolean synonyms) {
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return Folding.withoutKatakanaMiddleDots(new SimplifiedCharFilter(reader));
      }

      @Override
      protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new SimplifiedCharFilter(reader);
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new HMMChineseTokenizer();
        RecordingReader recorder = new RecordingReader();
        TokenStream stream = new AlphanumJoinFilter(tokenizer, recorder);
        stream = new KatakanaJoinFilter(stream);
        stream = new HanDigitsFilter(stream);
        // An English word in Chinese text (an English gloss: Global Innovation Clusters) in the
        // singular: "digital technology clusters" finds "Digital Technology Cluster". Function words
        // stay whole, as the question rules compare them (this, was, has).
        stream = new SetKeywordMarkerFilter(stream, ENGLISH_FUNCTION_WORDS);
        stream = new EnglishMinimalStemFilter(stream);
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, SmartChineseAnalyzer.getDefaultStopSet());
        if (synonyms) {
          stream = new SynonymGraphFilter(stream, Synonyms.map(), true);
        }
        stream = new OriginalOffsets(stream, recorder);
        // The recorder sits between the char filters and the tokenizer, fresh for every text.
        return new TokenStreamComponents(reader -> {
          recorder.reset(reader);
          tokenizer.setReader(recorder);
        }, stream);
      }
    };
  }

  /** Unicode word breaking keeps 8,650 whole: its term is 8650, the number as readers type it. */
  private static final java.util.regex.Pattern THOUSANDS_SEPARATOR =
      java.util.regex.Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");

  private static TokenStream withoutThousandsSeparators(TokenStream stream) {
    return new PatternReplaceFilter(stream, THOUSANDS_SEPARATOR, "", true);
  }

  /** The terms an analyzer makes of a text, in order. */
  public static java.util.List<String> terms(Analyzer analyzer, String text) {
    return terms(analyzer, "text", text);
  }

  /** The terms a per-field analyzer makes of a text for one field, in order. */
  public static java.util.List<String> terms(Analyzer analyzer, String field, String text) {
    java.util.List<String> out = new java.util.ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Japanese: NFKC folding (half-width katakana, full-width Latin, radicals), Kuromoji in search
   * mode, base forms (読んだ → 読む), part-of-speech and stop-word removal, katakana long-vowel
   * stemming. No Traditional→Simplified conversion: Japanese kanji are not Chinese characters in
   * another script.
   */
  public static Analyzer japanese() {
    return japaneseChain(false);
  }

  /**
   * Japanese for queries: the Japanese chain plus the synonym list in Kuromoji's words, so that a
   * Chinese query's 人才 also matches the Japanese text's 人材. Query time only, as for the words.
   */
  public static Analyzer japaneseWithSynonyms() {
    return japaneseChain(true);
  }

  private static Analyzer japaneseChain(boolean synonyms) {
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        // CJKWidthCharFilter composes half-width kana with their voicing marks (ﾃﾞ → デ).
        return Folding.withoutKatakanaMiddleDots(new Folding.Filter(new CJKWidthCharFilter(reader)));
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH);
        TokenStream stream = new JapaneseBaseFormFilter(tokenizer);
        stream = new JapanesePartOfSpeechStopFilter(stream, JapaneseAnalyzer.getDefaultStopTags());
        stream = new CJKWidthFilter(stream);
        stream = new StopFilter(stream, JapaneseAnalyzer.getDefaultStopSet());
        stream = new JapaneseKatakanaStemFilter(stream);
        stream = new LowerCaseFilter(stream);
        if (synonyms) {
          stream = new SynonymGraphFilter(stream, Synonyms.japaneseMap(), true);
        }
        return new TokenStreamComponents(tokenizer, stream);
      }
    };
  }

  /**
   * "US" and "U.S." are the USA, read before lower-casing makes the first the pronoun "us": Japan's
   * AI strategy writes "the US" eleven times, which 美國 (US on the synonym list) then finds.
   */
  private static final StemmerOverrideFilter.StemmerOverrideMap COUNTRY_ACRONYMS = countryAcronyms();

  private static StemmerOverrideFilter.StemmerOverrideMap countryAcronyms() {
    StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
    builder.add("US", "usa");
    builder.add("U.S", "usa");
    try {
      return builder.build();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** English: NFKC folding, then Lucene's English chain with Porter stemming (policies → polici). */
  public static Analyzer english() {
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new Folding.Filter(reader);
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(withoutThousandsSeparators(tokenizer));
        stream = new StemmerOverrideFilter(stream, COUNTRY_ACRONYMS);
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
      }
    };
  }

  /**
   * Overlapping character bigrams of Han and hiragana text (Latin and katakana words stay whole).
   * Matches names and partial words that no dictionary knows, e.g. 齊藤裕 → 齐藤, 藤裕. A katakana
   * word is a loanword spelled out: its bigrams would match inside others (スク of スクール in リスク).
   */
  public static Analyzer bigrams() {
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return Folding.withoutKatakanaMiddleDots(new SimplifiedCharFilter(reader, true));
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new CJKWidthFilter(withoutThousandsSeparators(tokenizer));
        stream = new LowerCaseFilter(stream);
        stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA);
        return new TokenStreamComponents(tokenizer, stream);
      }
    };
  }
}
