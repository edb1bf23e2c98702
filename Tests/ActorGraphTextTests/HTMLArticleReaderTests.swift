@testable import ActorGraphText
import Testing

@Suite("HTMLArticleReader")
struct HTMLArticleReaderTests {
    /// A news page with the usual furniture around one story.
    static let page = """
        <!DOCTYPE html>
        <html lang="en"><head>
        <meta charset="utf-8">
        <title>Kenya Accuses Ethiopia Over Dam Flows | The Daily Ledger</title>
        <meta property="og:title" content="OG Title Not Used">
        <meta property="article:published_time" content="2025-02-18T09:15:00+03:00">
        <script type="text/javascript">var tracker = "<p>Tracking pixel loaded</p>"; if (a < b) {}</script>
        <style>p.lead { font-weight: bold; } /* Stylesheet comment */</style>
        </head>
        <body>
        <nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World News</a></li></ul></nav>
        <header><h1 class="banner">The Daily Ledger</h1></header>
        <noscript>Enable JavaScript to comment.</noscript>
        <main>
        <article>
          <h1>Kenya Accuses Ethiopia Over Dam Flows</h1>
          <p class="byline">By Jane Roe</p>
          <time datetime="2025-02-17">February 17, 2025</time>
          <p class="lead">NAIROBI &mdash; Kenya&rsquo;s Foreign Minister Grace Mwangi accused Ethiopia
             of cutting the river&#39;s flow, officials said.</p>
          <!-- <p>An editor's note that must not show.</p> -->
          <figure><img src="dam.jpg" alt="The dam"><figcaption>The dam in January. Photo: Getty Images</figcaption></figure>
          <p>Ethiopia&#x2019;s government denied the claim &amp; said the dam was&nbsp;filling &ldquo;slowly&rdquo;.<br>Talks resume in March&hellip;</p>
          <ul><li>Somalia backed Kenya.</li><li>Egypt urged calm &lt;again&gt;.</li></ul>
          <aside><h2>Related</h2><p>Sudan floods kill dozens.</p></aside>
          <form action="/subscribe"><label>Email</label><button>Subscribe now</button></form>
        </article>
        </main>
        <footer><p>&copy; 2025 The Daily Ledger. All rights reserved.</p></footer>
        </body></html>
        """

    let article = HTMLArticleReader.read(Array(page.utf8))

    @Test("Paragraphs, list items and line breaks become lines of plain text")
    func lines() {
        let lines = article.text.split(separator: "\n").map(String.init)
        #expect(lines == [
            "Kenya Accuses Ethiopia Over Dam Flows",
            "By Jane Roe",
            "February 17, 2025",
            "NAIROBI \u{2014} Kenya\u{2019}s Foreign Minister Grace Mwangi accused Ethiopia of cutting the river's flow, officials said.",
            "Ethiopia\u{2019}s government denied the claim & said the dam was filling \u{201C}slowly\u{201D}.",
            "Talks resume in March\u{2026}",
            "Somalia backed Kenya.",
            "Egypt urged calm <again>.",
        ])
    }

    @Test("Scripts, styles, comments, navigation, header, footer, aside, form and figure text are gone",
          arguments: ["Tracking pixel", "font-weight", "Stylesheet", "editor's note", "World News", "Home",
                      "The Daily Ledger", "Enable JavaScript", "Getty", "The dam in January", "Sudan floods",
                      "Related", "Subscribe", "Email", "rights reserved", "<", "&amp;", "&nbsp;", "\u{00A0}"])
    func furnitureRemoved(fragment: String) {
        if fragment == "<" {
            // The only "<" left is the decoded &lt; of the prose.
            #expect(article.text.split(separator: "<").count == 2)
        } else {
            #expect(!article.text.contains(fragment))
        }
    }

    @Test("The title comes from <title>, shortened to the story's <h1> when it only adds the site name")
    func title() {
        #expect(article.title == "Kenya Accuses Ethiopia Over Dam Flows")
        let plain = HTMLArticleReader.read(Array("<title> Dam  talks\n stall </title><p>Kenya said talks stalled.</p>".utf8))
        #expect(plain.title == "Dam talks stall")
        let h1Only = HTMLArticleReader.read(Array("<body><h1>Talks &amp; Tensions</h1><p>Kenya said talks stalled.</p></body>".utf8))
        #expect(h1Only.title == "Talks & Tensions")
        let metaOnly = HTMLArticleReader.read(Array(#"<meta property="og:title" content="From The Meta"><p>Kenya said talks stalled.</p>"#.utf8))
        #expect(metaOnly.title == "From The Meta")
    }

    @Test("A Title Case <h1> stays in the text but is marked as the headline")
    func headline() throws {
        let range = try #require(article.headlineRange)
        let bytes = Array(article.text.utf8)
        #expect(String(decoding: bytes[range], as: UTF8.self) == "Kenya Accuses Ethiopia Over Dam Flows")
        let sentenceCase = HTMLArticleReader.read(Array("<h1>Kenya says talks with Ethiopia will resume</h1><p>Officials said so on Monday.</p>".utf8))
        #expect(sentenceCase.headlineRange == nil)
    }

    @Test("The publication meta tag wins over <time>; <time> serves when there is none")
    func dates() {
        #expect(article.date == "2025-02-18")
        let timeOnly = HTMLArticleReader.read(Array(#"<article><time datetime="2024-11-03T22:10:00Z">Nov 3</time><p>Kenya said talks stalled.</p></article>"#.utf8))
        #expect(timeOnly.date == "2024-11-03")
        let shownTime = HTMLArticleReader.read(Array("<article><time>March 5, 2024</time><p>Kenya said talks stalled.</p></article>".utf8))
        #expect(shownTime.date == "2024-03-05")
        let sidebarTime = HTMLArticleReader.read(Array("""
            <aside><time datetime="2019-01-01">old</time></aside>
            <article><time datetime="2023-06-30">today</time><p>Kenya said talks stalled.</p></article>
            """.utf8))
        #expect(sidebarTime.date == "2023-06-30")
        let none = HTMLArticleReader.read(Array("<p>Kenya said talks stalled.</p>".utf8))
        #expect(none.date == nil)
    }

    @Test("Each usual date meta tag is read and normalized", arguments: [
        (#"<meta property="og:published_time" content="2021-04-09T10:00:00Z">"#, "2021-04-09"),
        (#"<meta name="date" content="2021-04-09">"#, "2021-04-09"),
        (#"<meta name="pubdate" content="2021-04-09 08:00">"#, "2021-04-09"),
        (#"<meta name="DC.date" content="2021-04-09">"#, "2021-04-09"),
        (#"<META NAME='dc.date.issued' CONTENT='2021-04-09'>"#, "2021-04-09"),
        (#"<meta itemprop="datePublished" content="April 9, 2021">"#, "2021-04-09"),
        (#"<meta name="date" content="not a date">"#, nil),
    ] as [(String, String?)])
    func metaDates(meta: String, expected: String?) {
        let page = HTMLArticleReader.read(Array("<html><head>\(meta)</head><body><p>Kenya said talks stalled.</p></body></html>".utf8))
        #expect(page.date == expected)
    }

    @Test("With several <article>s the longest is the story; one inside an <aside> never is")
    func storyChoice() {
        let page = """
            <body><p>Site intro text outside the story.</p>
            <article><p>Short teaser.</p></article>
            <article><p>Uganda accused Rwanda of backing the rebels, the minister said on Friday.</p></article>
            <aside><article><p>A very long related story about something else that goes on and on and on and on.</p></article></aside>
            </body>
            """
        #expect(HTMLArticleReader.read(Array(page.utf8)).text == "Uganda accused Rwanda of backing the rebels, the minister said on Friday.")
        let mainOnly = HTMLArticleReader.read(Array("<body><p>Cookie banner.</p><main><p>Chad closed the border.</p></main></body>".utf8))
        #expect(mainOnly.text == "Chad closed the border.")
        let bodyOnly = HTMLArticleReader.read(Array("<html><head><title>T</title></head><body><div>Mali said.</div><div>Niger agreed.</div></body></html>".utf8))
        #expect(bodyOnly.text == "Mali said.\nNiger agreed.")
    }

    @Test("Inline elements do not break lines or words; whitespace collapses")
    func inline() {
        let page = "<p>  The <b>African\n Union</b> <a href='/au'>met</a>   in Addis&shy;Ababa<span>.</span> </p>"
        #expect(HTMLArticleReader.read(Array(page.utf8)).text == "The African Union met in AddisAbaba.")
    }

    @Test("Broken markup still yields the text: stray <, unclosed comment, unclosed script")
    func brokenMarkup() {
        #expect(HTMLArticleReader.read(Array("<p>Growth was 3 < 5 percent & rising.</p>".utf8)).text == "Growth was 3 < 5 percent & rising.")
        #expect(HTMLArticleReader.read(Array("<p>Kept.</p><!-- never closed <p>Lost.</p>".utf8)).text == "Kept.")
        #expect(HTMLArticleReader.read(Array("<p>Kept.</p><script>lost(".utf8)).text == "Kept.")
        #expect(HTMLArticleReader.read(Array("<p>Kept.</p><script>if (a</scripts) {}</script ><p>After.</p>".utf8)).text == "Kept.\nAfter.")
    }
}
