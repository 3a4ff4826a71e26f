// @vitest-environment jsdom
import { describe, expect, test } from "vitest";
import { collectTexts, languageProblems, textProblem } from "../../helpers/language-check";

/** The rules of the language hygiene test (test/e2e/language.spec.ts), on pages made here. */
describe("language hygiene rules", () => {
  test.each([
    ["zh-CN", "本次预计您自付 ¥9.30", false, null],
    ["zh-CN", "阿莫西林胶囊 0.25g × 24粒", false, null],
    ["zh-CN", "出示 QR 医保码", false, null],
    ["zh-CN", "政策 CN-350400", false, "English in Chinese text: CN"],
    ["zh-CN", "依据：演示数据 Demo value: no published source", false, "English in Chinese text: Demo, value, no, published, source"],
    ["zh-CN", "medfee_sumamt", true, null],
    ["zh-CN", "TA 目前没有需要处理的事项。", false, null],
    ["zh-CN", "A4 纸", false, null],
    ["zh-CN", "42AE5E11-6A96", false, "English in Chinese text: AE, E, A"],
    ["en", "You will probably pay ¥9.30 yourself", false, null],
    ["en", "Hello, 陈建国", false, "Chinese characters in English text"],
    // A relative's masked name inside an acting-for message is filled in as text (lib/i18n/subject.ts).
    ["en", "周*雨's entitlements", false, null],
    ["en", "Show 陈*'s code", false, null],
    ["en", "Paid for (家庭共济)", false, "Chinese characters in English text"],
    ["en", "Total（yuan）", false, "Chinese punctuation in English text"],
    ["en", "陈建国", true, "Chinese characters in English text"],
    ["", "Hello", false, 'no language declared (lang="")'],
  ] as const)("%s %j", (lang, text, identifier, problem) => {
    expect(textProblem(text, lang, identifier)).toBe(problem);
  });

  test("text is judged in the language its nearest element declares, identifiers are not words, attributes count", () => {
    document.documentElement.lang = "en";
    document.title = "Estimate · Yibao Pass";
    document.body.innerHTML = `
      <main>
        <p>Shared by <span lang="zh-CN">陈*国</span></p>
        <p>Source: <cite lang="zh-CN">三明市医疗保障局 明医保函〔2023〕20号</cite></p>
        <p>Field <code>medfee_sumamt</code></p>
        <button aria-label="切换到中文" lang="zh-CN">中文</button>
        <p>演示数据</p>
        <img alt="医保码" src="x.png">
        <script>const 名字 = 1;</script>
      </main>`;
    const problems = languageProblems(collectTexts(), "en");
    expect(problems).toEqual([
      'main > p: "演示数据": Chinese characters in English text',
      'main > img @alt: "医保码": Chinese characters in English text',
    ]);
  });

  test("a Chinese page is told apart from an English one by <html lang>, and its title is checked", () => {
    document.documentElement.lang = "en";
    document.title = "医保通 Yibao Pass";
    document.body.innerHTML = `<p>首页</p><section lang="en"><p>Offline</p></section>`;
    expect(languageProblems(collectTexts(), "zh-CN")).toEqual([
      '<html lang="en"> on a zh-CN page',
      'title "医保通 Yibao Pass": English in Chinese text: Yibao, Pass',
      'p: "首页": Chinese characters in English text',
    ]);
    expect(languageProblems(collectTexts(), "zh-CN", { bilingualShell: true })).not.toContain('title "医保通 Yibao Pass": English in Chinese text: Yibao, Pass');
  });
});
