package io.replydesk.response;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** The users of the %test profile, one per role. */
public final class TestUsers {

    private TestUsers() {
    }

    public static RequestSpecification admin() {
        return as("admin", "admin-test");
    }

    public static RequestSpecification viewer() {
        return as("viewer1", "viewer1-test");
    }

    public static RequestSpecification responder() {
        return as("responder1", "responder1-test");
    }

    public static RequestSpecification approver() {
        return as("approver1", "approver1-test");
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given();
    }

    public static RequestSpecification as(String user, String password) {
        return RestAssured.given().auth().preemptive().basic(user, password);
    }
}
