package io.replydesk.collector.platform.googleplay;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

/** Google's OAuth token endpoint (the service account's {@code token_uri}): a signed JWT for an access token. */
@Produces(MediaType.APPLICATION_JSON)
interface GoogleTokenClient {

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    RestResponse<Token> token(@FormParam("grant_type") String grantType, @FormParam("assertion") String assertion);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Token(@JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") Long expiresIn) {
        @Override
        public String toString() {
            return "Token[expiresIn=" + expiresIn + "]";
        }
    }
}
