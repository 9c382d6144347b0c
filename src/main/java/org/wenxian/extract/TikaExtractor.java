package org.wenxian.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Turns a corpus file into pages of lines. This is the only class that talks to Tika, so a move
 * to Tika 4 (whose parser API changes) stays inside this package.
 */
public final class TikaExtractor {
  public static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
  /** Guards against decompression bombs on top of Tika's own SecureContentHandler. */
  private static final int MAX_CHARS = 20_000_000;

  /** Extensions we index, with the media types whose content may legitimately sit behind them. */
  private static final Map<String, Set<String>> ACCEPTED_TYPES =
      Map.of(
          "pdf", Set.of("application/pdf"),
          "docx",
              Set.of(
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  "application/x-tika-ooxml",
                  "application/zip"),
          "html", Set.of("text/html", "application/xhtml+xml"),
          "htm", Set.of("text/html", "application/xhtml+xml"),
          "md", Set.of("text/plain", "text/x-web-markdown"),
          "markdown", Set.of("text/plain", "text/x-web-markdown"),
          "txt", Set.of("text/plain"));

  private static final java.util.regex.Pattern PAGE_MARKER = java.util.regex.Pattern.compile("^--\\s*(\\d+)\\s+of\\s+\\d+\\s*--$");

  private final long maxBytes;
  private final Duration timeout;
  private final Detector detector;
  private final Parser parser;

  public TikaExtractor() {
    this(DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT);
  }

  public TikaExtractor(long maxBytes, Duration timeout) {
    this.maxBytes = maxBytes;
    this.timeout = timeout;
    TikaConfig config = TikaConfig.getDefaultConfig();
    this.detector = config.getDetector();
    this.parser = new AutoDetectParser(config);
  }

  /**
   * Extracts one file.
   *
   * @param file         the file on disk
   * @param relativePath its path relative to the corpus, used in messages and results
   * @throws ExtractionException with a reason an operator can act on
   */
  public ExtractedDocument extract(Path file, String relativePath) throws ExtractionException {
    String ext = extension(file);
    if (!ACCEPTED_TYPES.containsKey(ext)) {
      throw new ExtractionException(
          ExtractionException.Reason.UNSUPPORTED, "unsupported file type '." + ext + "'");
    }
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new ExtractionException(ExtractionException.Reason.CORRUPT, "cannot read file: " + e.getMessage(), e);
    }
    if (size == 0) {
      throw new ExtractionException(ExtractionException.Reason.EMPTY, "empty file (0 bytes)");
    }
    if (size > maxBytes) {
      throw new ExtractionException(
          ExtractionException.Reason.TOO_LARGE,
          "file is " + size + " bytes, over the limit of " + maxBytes + " bytes");
    }
    String detected = detectByContent(file);
    if (!ACCEPTED_TYPES.get(ext).contains(detected)) {
      throw new ExtractionException(
          ExtractionException.Reason.WRONG_TYPE,
          "content is " + detected + ", not what the extension '." + ext + "' says");
    }
    ExecutorService worker =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "extract-" + file.getFileName());
              t.setDaemon(true);
              return t;
            });
    try {
      Future<ExtractedDocument> job =
          worker.submit(
              () ->
                  switch (ext) {
                    case "txt", "md", "markdown" -> readText(file, relativePath, detected);
                    default -> parseWithTika(file, relativePath, detected);
                  });
      ExtractedDocument doc = job.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (doc.pages().stream().allMatch(p -> p.lines().stream().allMatch(l -> l.text().isBlank()))) {
        throw new ExtractionException(ExtractionException.Reason.NO_TEXT, "no extractable text (a scan without OCR?)");
      }
      return doc;
    } catch (TimeoutException e) {
      throw new ExtractionException(
          ExtractionException.Reason.TIMEOUT, "extraction took longer than " + timeout.toSeconds() + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExtractionException(ExtractionException.Reason.TIMEOUT, "extraction was interrupted");
    } catch (ExecutionException e) {
      throw translate(e.getCause());
    } finally {
      worker.shutdownNow();
    }
  }

  private String detectByContent(Path file) throws ExtractionException {
    // Detect from the bytes alone: the name must not be allowed to vouch for the content.
    try (TikaInputStream in = TikaInputStream.get(file)) {
      MediaType type = detector.detect(in, new Metadata());
      return type.getBaseType().toString();
    } catch (IOException e) {
      throw new ExtractionException(ExtractionException.Reason.CORRUPT, "cannot read file: " + e.getMessage(), e);
    }
  }

  private ExtractedDocument parseWithTika(Path file, String relativePath, String detected) throws Exception {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    ParseContext context = new ParseContext();
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setExtractInlineImages(false);
    pdf.setExtractAnnotationText(false);
    context.set(PDFParserConfig.class, pdf);
    TesseractOCRConfig ocr = new TesseractOCRConfig();
    ocr.setSkipOcr(true);
    context.set(TesseractOCRConfig.class, ocr);
    PageCollector collector = new PageCollector(MAX_CHARS);
    try (InputStream in = TikaInputStream.get(file)) {
      parser.parse(in, collector, metadata, context);
    }
    boolean paged = detected.equals("application/pdf");
    List<Page> pages = paged ? collector.pages() : List.of(new Page(1, "1", collector.allLines()));
    return new ExtractedDocument(
        relativePath,
        detected,
        blankToNull(metadata.get(TikaCoreProperties.TITLE)),
        blankToNull(metadata.get(TikaCoreProperties.CREATOR)),
        paged,
        pages);
  }

  private ExtractedDocument readText(Path file, String relativePath, String detected) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    String text = decodeStrictly(bytes);
    List<Line> lines = new ArrayList<>();
    List<Page> pages = new ArrayList<>();
    int lastMarked = 0;
    for (String line : text.split("\\R", -1)) {
      Matcher marker = PAGE_MARKER.matcher(line.strip());
      if (marker.matches()) {
        // "-- 180 of 430 --" closes PDF page 180: what a PDF-to-text converter leaves between pages.
        lastMarked = Integer.parseInt(marker.group(1));
        pages.add(new Page(lastMarked, String.valueOf(lastMarked), lines));
        lines = new ArrayList<>();
      } else if (!line.isBlank()) {
        lines.addAll(PrintedLists.lines(line, 0));
      }
    }
    if (pages.isEmpty()) {
      return new ExtractedDocument(relativePath, detected, null, null, false, List.of(new Page(1, "1", lines)));
    }
    if (!lines.isEmpty()) {
      pages.add(new Page(lastMarked + 1, String.valueOf(lastMarked + 1), lines));
    }
    return new ExtractedDocument(relativePath, detected, null, null, true, pages);
  }

  /**
   * Decodes text without replacing bad bytes: a file with broken bytes is reported, not indexed
   * with U+FFFD in it. UTF-8 and BOM-marked UTF-16 are decoded strictly; other encodings (GB18030,
   * Big5, Shift_JIS) are taken from Tika's charset detector.
   */
  static String decodeStrictly(byte[] bytes) throws ExtractionException {
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      skip = 3;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (!isValid(bytes, StandardCharsets.UTF_8)) {
      CharsetDetector detector = new CharsetDetector();
      detector.setText(bytes);
      CharsetMatch match = detector.detect();
      if (match != null && match.getConfidence() >= 50 && !match.getName().toUpperCase(Locale.ROOT).startsWith("UTF")
          && !match.getName().toUpperCase(Locale.ROOT).startsWith("ISO-8859")
          && !match.getName().toUpperCase(Locale.ROOT).startsWith("WINDOWS-125")) {
        charset = Charset.forName(match.getName());
      }
    }
    CharsetDecoder decoder =
        charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
    } catch (CharacterCodingException e) {
      throw new ExtractionException(
          ExtractionException.Reason.BAD_ENCODING,
          "text is not valid " + charset.name() + " (malformed or truncated byte sequence)");
    }
  }

  private static boolean isValid(byte[] bytes, Charset charset) {
    try {
      charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static ExtractionException translate(Throwable t) {
    if (t instanceof ExtractionException e) {
      return e;
    }
    if (t instanceof EncryptedDocumentException) {
      return new ExtractionException(ExtractionException.Reason.ENCRYPTED, "document is encrypted (password required)", t);
    }
    if (t instanceof ZeroByteFileException) {
      return new ExtractionException(ExtractionException.Reason.EMPTY, "empty file (0 bytes)", t);
    }
    if (WriteLimitReachedException.isWriteLimitReached(t)) {
      return new ExtractionException(
          ExtractionException.Reason.TOO_LARGE, "more than " + MAX_CHARS + " characters of text (decompression bomb?)", t);
    }
    if (t instanceof TikaException || t instanceof IOException || t instanceof org.xml.sax.SAXException) {
      return new ExtractionException(ExtractionException.Reason.CORRUPT, "corrupt or truncated file: " + rootMessage(t), t);
    }
    return new ExtractionException(ExtractionException.Reason.CORRUPT, "cannot parse file: " + rootMessage(t), t);
  }

  private static String rootMessage(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null ? root.getClass().getSimpleName() : message;
  }

  static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
