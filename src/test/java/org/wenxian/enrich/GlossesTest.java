package org.wenxian.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wenxian.enrich.Glosses.Gloss;
import org.wenxian.TestCorpus;

/** English names the report gives its Chinese names, and brackets that give none. */
class GlossesTest {
  @Test
  void aTitleInBracketsThenItsEnglishName() {
    assertEquals(List.of(new Gloss("泛加拿大 AI 戰略", "Pan-Canadian Artificial Intelligence Strategy")),
        Glosses.in("2017 年 3 月加拿大政府發佈《泛加拿大 AI 戰略》(Pan-Canadian Artificial Intelligence Strategy)，"
            + "是全球第一個國家級 AI 戰略"));
    // Full-width brackets, and several titles in one sentence.
    assertEquals(List.of(new Gloss("加拿大 AI 主席計畫", "Canada CIFAR AI Chairs Program"),
            new Gloss("AI4Good 國家培訓計畫", "CIFAR AI4Good National Training Program")),
        Glosses.in("包括《加拿大 AI 主席計畫》（Canada CIFAR AI Chairs Program）、《AI4Good 國家培訓計畫》"
            + "（CIFAR AI4Good National Training Program）"));
  }

  @Test
  void aListItemFromTheStartOfItsLine() {
    assertEquals(List.of(new Gloss("蛋白質工業", "Protein Industries Cluster"), new Gloss("AI 供應鏈", "AI-Powered Supply Chains Cluster")),
        Glosses.in("2. 蛋白質工業 (Protein Industries Cluster)：位於草原三省，以提高加拿大主要作物的價值為目標。\n"
            + "4. AI 供應鏈 (AI-Powered Supply Chains Cluster)：此聚落又稱為規模 AI (Scale AI)，位於魁北克省"));
  }

  @Test
  void bracketsThatGiveNoNameWhoseStartIsKnown() {
    // Where the name starts is not marked: 公佈之 is not part of it.
    assertEquals(List.of(), Glosses.in("經濟合作暨發展組織公佈之 AI 技能移民指數 (AI Skills Migration Index) 顯示"));
    // One word glosses a word; an abbreviation after a comma is Acronyms' work.
    assertEquals(List.of(), Glosses.in("3. 人才 (Talent)：經濟合作暨發展組織 (Organisation for Economic Cooperation and Development, OECD)"));
    assertEquals(List.of(), Glosses.in("《AI 戰略》(2019)"));
    assertEquals(List.of(), Glosses.in("《Society 5.0》(Society 5.0 Vision)"));
  }

  @Test
  void theShippedReportGlossesItsCanadianProgrammes() throws Exception {
    List<Gloss> glosses = Glosses.in(Files.readString(TestCorpus.fixture("report/report.md")));
    assertTrue(glosses.contains(new Gloss("全球 AI 創新聚落計畫", "Global Innovation Clusters")), glosses::toString);
    assertTrue(glosses.contains(new Gloss("數位科技", "Digital Technology Cluster")), glosses::toString);
    assertTrue(glosses.stream().noneMatch(g -> g.latinName().contains(",")), glosses::toString);
  }
}
