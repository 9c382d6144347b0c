package org.wenxian.passage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden terms before footnote marks, and the notes they are given to. */
class NoteSubjectsTest {
  @Test
  void theTermBeforeAMarkIsAQuotedPhraseAnAbbreviationOrAName() {
    assertEquals("real world industry", NoteSubjects.termBefore("The \"real world industry\""));
    // The mark inside the quotes: 「人間中心の AI 社会原則³」.
    assertEquals("人間中心の AI 社会原則", NoteSubjects.termBefore("これまで「AI 戦略 2022」や「人間中心の AI 社会原則"));
    assertEquals("MOOC", NoteSubjects.termBefore("(including expanded utilization of MOOC"));
    assertEquals("NIST", NoteSubjects.termBefore("with organizations such as the United States' NIST"));
    assertEquals("STEAM", NoteSubjects.termBefore("then new methods such as STEAM education"));
    assertEquals("IT Passport Exam", NoteSubjects.termBefore(" test questions for the IT Passport Exam"));
    // Where a note is cited, not what it is about.
    assertNull(NoteSubjects.termBefore("in order to reach labor productivity levels"));
    assertNull(NoteSubjects.termBefore("現在、高度な対話型生成 AI"));
    assertNull(NoteSubjects.termBefore("• Implementation"));
  }

  @Test
  void aNoteIsGivenTheTermItsOnlyMarkFollows() {
    List<Passage> passages = List.of(
        passage(0, "• Expanded utilization of MOOC¹² and of CBT¹¹"),
        passage(1, "• Measured in m² and again in km²"),
        passage(2, "11 Computer Based Testing\n12 Massive Open Online Courses"),
        passage(3, "2 A note whose mark is also a square's"));
    assertEquals(List.of(List.of(), List.of(), List.of("CBT", "MOOC"), List.of()), NoteSubjects.of(passages));
  }

  private static Passage passage(int ordinal, String text) {
    return new Passage("p" + ordinal, "d", ordinal, List.of("Notes"), 1, 1, "1", "1", text, List.of());
  }
}
