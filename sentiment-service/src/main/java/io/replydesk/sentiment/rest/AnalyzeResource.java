package io.replydesk.sentiment.rest;

import io.replydesk.sentiment.PostContent;
import io.replydesk.sentiment.service.PostAnalyzer;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;

/** Analyzes texts on demand; no login (inside the cluster a NetworkPolicy guards it). */
@Path("/api/v1/analyze")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AnalyzeResource {

    public static final int MAX_BATCH = 1000;

    private final PostAnalyzer analyzer;

    public AnalyzeResource(PostAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    @POST
    public AnalyzeResponse analyze(AnalyzeRequest request) {
        if (request == null) {
            throw new InvalidRequestException("a JSON object with at least \"text\" is required");
        }
        return AnalyzeResponse.from(analyzer.analyze(request.toContent()));
    }

    @POST
    @Path("/batch")
    public List<AnalyzeResponse> batch(List<AnalyzeRequest> requests) {
        if (requests == null) {
            throw new InvalidRequestException("a JSON array of requests is required");
        }
        if (requests.size() > MAX_BATCH) {
            throw new InvalidRequestException("too many requests in one batch: " + requests.size() + ", at most " + MAX_BATCH);
        }
        List<PostContent> contents = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i) == null) {
                throw new InvalidRequestException("item " + i + ": a JSON object is required");
            }
            try {
                contents.add(requests.get(i).toContent());
            } catch (InvalidRequestException e) {
                throw new InvalidRequestException("item " + i + ": " + e.getMessage());
            }
        }
        return analyzer.analyzeAll(contents).stream().map(AnalyzeResponse::from).toList();
    }
}
