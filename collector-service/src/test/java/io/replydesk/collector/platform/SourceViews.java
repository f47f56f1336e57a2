package io.replydesk.collector.platform;

import io.replydesk.collector.Api;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;

/** A source and the posts it took in, as the admin API shows them: where the platform tests look after a poll. */
public final class SourceViews {

    private SourceViews() {
    }

    public static JsonPath view(String id) {
        return Api.admin().get("/api/v1/sources/" + id).then().statusCode(200).extract().jsonPath();
    }

    public static List<Map<String, Object>> posts(String id) {
        return Api.admin().get("/api/v1/posts?sourceId=" + id + "&limit=1000").then().statusCode(200).extract()
                .jsonPath().getList("$");
    }
}
