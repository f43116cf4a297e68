package dev.gavel.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/**
 * An interaction pushed to the client (button click, modal submit, command). The client answers
 * through {@code POST /interactions/{id}/{token}/callback} and the interaction's webhook.
 */
public final class FakeInteraction {

    private final FakeDiscord fake;
    private final long id;
    private final String token;
    private final int type;
    private final FakeChannel channel;
    private final FakeMember member;
    private final FakeMessage message;
    private volatile int callbackType;
    private volatile boolean ephemeral;
    private volatile FakeMessage original;

    FakeInteraction(FakeDiscord fake, long id, String token, int type, FakeChannel channel, FakeMember member,
            FakeMessage message) {
        this.fake = fake;
        this.id = id;
        this.token = token;
        this.type = type;
        this.channel = channel;
        this.member = member;
        this.message = message;
    }

    public long id() {
        return id;
    }

    public String token() {
        return token;
    }

    /** 2 command, 3 component, 5 modal submit. */
    public int type() {
        return type;
    }

    public FakeChannel channel() {
        return channel;
    }

    public FakeMember member() {
        return member;
    }

    /** The message a component sits on; null for commands and modals not opened from a message. */
    public FakeMessage message() {
        return message;
    }

    /** The callback type the client answered with (4 reply, 5 deferred reply, 6 deferred update, 7 update, 9 modal); 0 before. */
    public int callbackType() {
        return callbackType;
    }

    public boolean isAcknowledged() {
        return callbackType != 0;
    }

    /** Whether the reply was ephemeral (only the user sees it). */
    public boolean isEphemeral() {
        return ephemeral;
    }

    /** The reply message (from the callback or the first webhook edit); null before. */
    public FakeMessage originalResponse() {
        return original;
    }

    /** Waits for the client's callback and returns it; its {@code json()} holds {@code type} and {@code data}. */
    public RestCall awaitCallback(Duration timeout) {
        return fake.rest().awaitCall("POST", "/interactions/" + Json.id(id) + "/" + token + "/callback", timeout);
    }

    /** Waits for a follow-up message ({@code POST /webhooks/{application_id}/{token}}) and returns it. */
    public RestCall awaitFollowUp(Duration timeout) {
        return fake.rest().awaitCall("POST", "/webhooks/{application_id}/" + token, timeout);
    }

    /** Waits for an edit of the original response ({@code PATCH .../messages/@original}) and returns it. */
    public RestCall awaitOriginalEdit(Duration timeout) {
        return fake.rest().awaitCall("PATCH", "/webhooks/{application_id}/" + token + "/messages/@original", timeout);
    }

    void acknowledge(int answeredType, boolean answeredEphemeral) {
        this.callbackType = answeredType;
        this.ephemeral = answeredEphemeral;
    }

    void original(FakeMessage response) {
        this.original = response;
    }

    static boolean isEphemeral(JsonNode messageData) {
        return (messageData.path("flags").asInt(0) & 64) != 0;
    }
}
