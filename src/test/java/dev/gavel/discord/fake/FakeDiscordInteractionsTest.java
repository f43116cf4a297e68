package dev.gavel.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.modals.Modal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Button clicks, modal submits and commands reach JDA, and its answers reach the fake. */
@ExtendWith(FakeDiscordExtension.class)
class FakeDiscordInteractionsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private FakeGuild guild;
    private FakeChannel general;
    private FakeMember alice;
    private JdaEventRecorder events;

    private JDA connect(FakeDiscord fake) {
        guild = fake.addGuild("Reactiflux");
        general = guild.addTextChannel("general");
        alice = guild.addMember(fake.addUser("alice"));
        events = new JdaEventRecorder(fake);
        return fake.startClient(events);
    }

    private static <T> T get(java.util.concurrent.CompletableFuture<T> future) throws Exception {
        return future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Test
    @DisplayName("a click on the bot's button arrives, and the ephemeral reply reaches the callback route")
    void buttonClick(FakeDiscord fake) throws Exception {
        JDA jda = connect(fake);
        Message panel = get(jda.getTextChannelById(general.id()).sendMessage("Need help?")
                .setComponents(ActionRow.of(Button.primary("open-ticket", "Open ticket"))).submit());
        FakeMessage fakePanel = general.message(panel.getIdLong());

        FakeInteraction click = fake.pushButtonClick(fakePanel, alice, "open-ticket");
        ButtonInteractionEvent event = events.await(ButtonInteractionEvent.class, WAIT);
        get(event.reply("on it").setEphemeral(true).submit());

        assertThat(event.getComponentId()).isEqualTo("open-ticket");
        assertThat(event.getMember().getIdLong()).isEqualTo(alice.id());
        assertThat(event.getMessage().getIdLong()).isEqualTo(panel.getIdLong());
        RestCall callback = click.awaitCallback(WAIT);
        assertThat(callback.json().get("type").asInt()).isEqualTo(4);
        assertThat(callback.json().at("/data/content").asText()).isEqualTo("on it");
        assertThat(click.isEphemeral()).isTrue();
        assertThat(click.originalResponse().content()).isEqualTo("on it");
        assertThat(general.messages()).extracting(FakeMessage::content).containsExactly("Need help?");
    }

    @Test
    @DisplayName("a button can answer with a modal, whose submit arrives with the typed text")
    void modal(FakeDiscord fake) throws Exception {
        JDA jda = connect(fake);
        Message panel = get(jda.getTextChannelById(general.id()).sendMessage("Need help?")
                .setComponents(ActionRow.of(Button.primary("open-ticket", "Open ticket"))).submit());
        FakeInteraction click = fake.pushButtonClick(general.message(panel.getIdLong()), alice, "open-ticket");
        Modal modal = Modal.create("ticket-modal", "What do you need from the moderators?")
                .addComponents(Label.of("Concern", TextInput.create("concern", TextInputStyle.PARAGRAPH)
                        .setMinLength(30).setMaxLength(500).build()))
                .build();

        get(events.await(ButtonInteractionEvent.class, WAIT).replyModal(modal).submit());
        RestCall shown = click.awaitCallback(WAIT);
        FakeInteraction submit = fake.pushModalSubmit(general, alice, "ticket-modal",
                Map.of("concern", "Someone keeps posting spam in #general."), general.message(panel.getIdLong()));
        ModalInteractionEvent submitted = events.await(ModalInteractionEvent.class, WAIT);
        InteractionHook hook = get(submitted.deferReply(true).submit());
        get(hook.sendMessage("Your ticket: <#1>").submit());

        assertThat(shown.json().get("type").asInt()).isEqualTo(9);
        assertThat(shown.json().at("/data/custom_id").asText()).isEqualTo("ticket-modal");
        assertThat(submitted.getModalId()).isEqualTo("ticket-modal");
        assertThat(submitted.getValue("concern").getAsString()).isEqualTo("Someone keeps posting spam in #general.");
        assertThat(submit.awaitCallback(WAIT).json().get("type").asInt()).isEqualTo(5);
        assertThat(submit.awaitFollowUp(WAIT).json().get("content").asText()).isEqualTo("Your ticket: <#1>");
        assertThat(submit.isEphemeral()).isTrue();
        assertThat(submit.originalResponse().content()).isEqualTo("Your ticket: <#1>");
    }

    @Test
    @DisplayName("a registered message command arrives with its target message")
    void messageCommand(FakeDiscord fake) throws Exception {
        JDA jda = connect(fake);
        FakeMessage reported = fake.pushMessage(general, alice.user(), "something rude");
        get(jda.getGuildById(guild.id()).updateCommands().addCommands(Commands.message("Track")).submit());
        FakeMember moderator = guild.addMember(fake.addUser("mod"));

        fake.pushMessageCommand(reported, moderator, "Track");
        MessageContextInteractionEvent event = events.await(MessageContextInteractionEvent.class, WAIT);

        assertThat(event.getName()).isEqualTo("Track");
        assertThat(event.getTarget().getIdLong()).isEqualTo(reported.id());
        assertThat(event.getTarget().getContentRaw()).isEqualTo("something rude");
        assertThat(event.getTarget().getAuthor().getIdLong()).isEqualTo(alice.id());
        assertThat(event.getMember().getIdLong()).isEqualTo(moderator.id());
    }

    @Test
    @DisplayName("a registered slash command arrives with its string, role and channel options")
    void slashCommand(FakeDiscord fake) throws Exception {
        JDA jda = connect(fake);
        FakeRole staff = guild.addRole("Staff", Permissions.MANAGE_MESSAGES);
        fake.pushRoleCreate(staff);
        FakeChannel tickets = guild.addTextChannel("tickets");
        fake.pushChannelCreate(tickets);
        get(jda.getGuildById(guild.id()).updateCommands().addCommands(Commands.slash("tickets-channel", "Post a panel")
                .addOption(OptionType.ROLE, "role", "staff role")
                .addOption(OptionType.STRING, "button-text", "label")
                .addOption(OptionType.CHANNEL, "channel", "where tickets go")).submit());
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("role", staff);
        options.put("button-text", "Talk to us");
        options.put("channel", tickets);

        fake.pushSlashCommand(general, alice, "tickets-channel", options);
        SlashCommandInteractionEvent event = events.await(SlashCommandInteractionEvent.class, WAIT);

        assertThat(event.getOption("role").getAsRole().getIdLong()).isEqualTo(staff.id());
        assertThat(event.getOption("button-text").getAsString()).isEqualTo("Talk to us");
        assertThat(event.getOption("channel").getAsChannel().getIdLong()).isEqualTo(tickets.id());
    }

    @Test
    @DisplayName("a command the bot never registered cannot be pushed, as Discord would never send it")
    void unregisteredCommand(FakeDiscord fake) {
        connect(fake);
        FakeMessage message = fake.pushMessage(general, alice.user(), "hi");

        assertThatThrownBy(() -> fake.pushMessageCommand(message, alice, "Track"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("registered no command \"Track\"");
    }
}
