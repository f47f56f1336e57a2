package io.replydesk.sentiment.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.replydesk.events.SentimentLabel;
import io.replydesk.sentiment.Polarity;
import io.replydesk.sentiment.service.SentimentJudge;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A labelled mini-set of Italian and Hungarian customer texts, judged by the lexicon scorer alone. */
class LexiconLabelsTest {

    private static LexiconSentiment italian;
    private static LexiconSentiment hungarian;

    @BeforeAll
    static void load() {
        italian = new LexiconSentiment(Lexicon.load("it"));
        hungarian = new LexiconSentiment(Lexicon.load("hu"));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Servizio pessimo, ho aspettato un'ora e nessuno si è scusato                 | NEGATIVE
            Camerieri scortesi e cibo freddo. Mai più!                                    | NEGATIVE
            La pizza è arrivata fredda e in ritardo di 40 minuti                          | NEGATIVE
            Il pacco non è mai arrivato e il servizio clienti non risponde                | NEGATIVE
            Camera sporca, bagno che puzzava. Una vergogna                                | NEGATIVE
            Mi hanno addebitato due volte e nessun rimborso, è una truffa                 | NEGATIVE
            Non lo consiglio a nessuno                                                    | NEGATIVE
            Purtroppo una grande delusione                                                | NEGATIVE
            Tutto perfetto, personale gentilissimo e cibo ottimo!                         | POSITIVE
            Esperienza fantastica, torneremo sicuramente 😍                               | POSITIVE
            Ottima pizza, consegna veloce. Consigliato!                                   | POSITIVE
            Non male, davvero                                                             | POSITIVE
            Grazie mille, gentilissimi                                                    | POSITIVE
            Il locale apre alle 19 e chiude a mezzanotte                                  | NEUTRAL
            Siamo stati lì sabato sera con degli amici                                    | NEUTRAL
            Il cibo era ottimo. Il servizio però era pessimo, camerieri maleducati.      | NEGATIVE
            La cucina è eccellente. Il parcheggio è un disastro.                          | MIXED
            """)
    void italian(String text, SentimentLabel expected) {
        assertThat(label(italian, text)).as(text).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Borzalmas kiszolgálás, egy órát vártunk és senki nem kért bocsánatot        | NEGATIVE
            A pincér bunkó volt, az étel hideg. Soha többé!                             | NEGATIVE
            A csomag két hetet késett, az ügyfélszolgálat nem válaszol                  | NEGATIVE
            Koszos szoba, büdös fürdő. Nagyon csalódott vagyok                          | NEGATIVE
            Kétszer terhelték a kártyámat, ez egy átverés                               | NEGATIVE
            Nem ajánlom senkinek                                                        | NEGATIVE
            Sajnos elég gyenge volt az étel                                             | NEGATIVE
            Minden tökéletes volt, nagyon kedves személyzet és finom ételek!            | POSITIVE
            Kiváló hely, biztosan visszatérünk 😊                                       | POSITIVE
            Gyors szállítás, remek termék. Ajánlom!                                     | POSITIVE
            Nem rossz, egyáltalán nem rossz                                             | POSITIVE
            Köszönöm a gyors segítséget, szuper                                         | POSITIVE
            A bolt reggel nyolckor nyit                                                 | NEUTRAL
            Szombaton voltunk ott a családdal                                           | NEUTRAL
            Az étel finom volt, a kiszolgálás viszont borzalmas és lassú                | NEGATIVE
            A szoba gyönyörű és tiszta. A reggeli viszont pocsék.                       | NEGATIVE
            Az étel kiváló. A parkolás katasztrófa.                                     | MIXED
            """)
    void hungarian(String text, SentimentLabel expected) {
        assertThat(label(hungarian, text)).as(text).isEqualTo(expected);
    }

    @Test
    void negatedPraiseIsNotPraise() {
        assertThat(italian.polarity("non è buono").score()).isNegative();
        assertThat(hungarian.polarity("nem jó").score()).isNegative();
    }

    private static SentimentLabel label(LexiconSentiment model, String text) {
        Polarity polarity = model.polarity(text);
        int words = (int) Words.of(text).stream().filter(Token::isWord).count();
        return SentimentJudge.judge(polarity, Optional.empty(), words).label();
    }
}
