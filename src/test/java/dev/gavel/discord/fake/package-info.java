/**
 * A fake Discord for tests: REST ({@code /api/v10/...}) and the gateway (WebSocket, JSON, no
 * compression) on one port of 127.0.0.1, speaking enough of Discord for the real JDA to log in,
 * receive scripted guilds and events, and have its REST calls answered and recorded.
 *
 * <pre>{@code
 * @ExtendWith(FakeDiscordExtension.class)
 * class SomethingTest {
 *     @Test
 *     void records(FakeDiscord fake) {
 *         // script the state before connecting
 *         FakeGuild guild = fake.addGuild("Reactiflux");
 *         FakeChannel general = guild.addTextChannel("general", guild.addCategory("Community"));
 *         FakeUser alice = fake.addUser("alice").globalName("Alice");
 *         guild.addMember(alice).nick("Ali");
 *         general.addMessage(alice, "old", Instant.parse("2024-01-01T00:00:00Z"));   // history to backfill
 *
 *         // connect: the real client through JdaFactory ...
 *         JdaEventRecorder events = new JdaEventRecorder(fake);
 *         JDA jda = fake.startClient(events);
 *         // ... or the runtime, with fake.endpoints() / fake.restBaseUrl(), fake.gatewayUrl() and fake.token()
 *
 *         // push events; await what the client does
 *         FakeMessage hello = fake.pushMessage(general, alice, "hello");
 *         events.await(MessageReceivedEvent.class, Duration.ofSeconds(10));
 *         RestCall sent = fake.rest().awaitCall("POST", "/channels/{channel_id}/messages", Duration.ofSeconds(10));
 *
 *         // make things fail
 *         fake.rest().rateLimitNext("POST", "/channels/{channel_id}/messages", 3, 1);
 *         fake.gateway().dropConnections();
 *     }
 * }
 * }</pre>
 *
 * <p>State changes made with the {@code add...} methods are silent; the {@code push...} methods
 * of {@link dev.gavel.discord.fake.FakeDiscord} tell the client, as Discord would. REST calls that
 * change state (send, edit, delete, create thread, add thread member, ban, ...) change the fake's
 * state and push the events Discord sends for them. Every wait is bounded and, on timeout, says
 * what it saw and what JDA logged. After each test the extension fails it if JDA logged an
 * unexpected ERROR (or a WARN with an exception), if a REST call hit no route, or if the fake
 * itself failed.
 */
package dev.gavel.discord.fake;
