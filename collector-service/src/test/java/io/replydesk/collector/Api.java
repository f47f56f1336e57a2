package io.replydesk.collector;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** Logged-in requests and fixtures shared by this service's API tests. */
public final class Api {

    public static final String ADMIN_PASSWORD = "test-admin";

    private Api() {
    }

    public static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", ADMIN_PASSWORD);
    }

    public static RequestSpecification viewer() {
        return given().auth().preemptive().basic("viewer1", "viewer-pass");
    }

    /** Creates a source and returns the whole 201 body. */
    public static Map<String, Object> createSource(Map<String, Object> body) {
        return admin().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/sources")
                .then().statusCode(201).extract().jsonPath().getMap("");
    }
}
