package io.replydesk.collector.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void keepsParagraphsAndLineBreaksAndDropsMarkup() {
        String html = "<p><span class=\"h-card\"><a href=\"https://x/@anna\" class=\"u-url mention\">@<span>anna</span>"
                + "</a></span> Servizio &amp; cibo</p><p>riga uno<br>riga due</p>";

        assertThat(PlainText.fromHtml(html, 1000)).isEqualTo("@anna Servizio & cibo\n\nriga uno\nriga due");
    }

    @Test
    void neverLetsScriptsStylesOrHandlersThrough() {
        String html = "<script>alert(1)</script><style>p{}</style><p onclick=\"x()\">Terrible <b>service</b></p>"
                + "<img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">link</a>";

        assertThat(PlainText.fromHtml(html, 1000)).isEqualTo("Terrible service\n\nlink");
    }

    @Test
    void cutsAtTheLimitAndTreatsNothingAsEmpty() {
        assertThat(PlainText.fromHtml("<p>" + "a".repeat(50) + "</p>", 20)).hasSize(20);
        assertThat(PlainText.fromHtml(null, 20)).isEmpty();
        assertThat(PlainText.normalized("  a \n b  ")).isEqualTo("a b");
    }
}
