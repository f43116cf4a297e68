package dev.gavel.discord.fake;

/** Answers a REST call; see {@link FakeRest#on(String, String, RestHandler)}. */
@FunctionalInterface
public interface RestHandler {

    RestReply answer(RestCall call, PathParams params);
}
