package io.replydesk.sentiment.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.replydesk.sentiment.Category;
import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryKeywordsTest {

    private final CategoryKeywords english = CategoryKeywords.load("en");

    @Test
    void aDemandIsAboutWhatWentWrongNotAboutTheRefundItAsksFor() {
        List<Token> tokens = Words.of("The soup was cold. Refund my money, the whole bill, or I post this everywhere.");

        assertThat(english.guess(tokens, -1)).isEqualTo(Category.BILLING);
        assertThat(english.guess(tokens, -1, true)).isEqualTo(Category.PRODUCT_QUALITY);
    }

    @Test
    void aDemandNamingNothingButMoneyIsAboutNothingInParticular() {
        List<Token> tokens = Words.of("Refund my money today or you will regret it.");

        assertThat(english.guess(tokens, -1, true)).isEqualTo(Category.OTHER);
    }
}
