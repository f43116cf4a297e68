package dev.gavel.app.shell;

import java.util.Locale;

import dev.gavel.app.live.ConnectionStatus;
import dev.gavel.app.live.LiveConnection;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The status bar: connected / resuming / offline, events recorded, backfill progress with cancel. */
public final class StatusBarViewModel {

    private final String storeName;
    private final LiveConnection live;
    private final ReadOnlyObjectWrapper<ConnectionStatus.State> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper(this, "connection");
    private final ReadOnlyStringWrapper events = new ReadOnlyStringWrapper(this, "events");
    private final ReadOnlyStringWrapper backfill = new ReadOnlyStringWrapper(this, "backfill");
    private final ReadOnlyDoubleWrapper backfillProgress = new ReadOnlyDoubleWrapper(this, "backfillProgress", -1);
    private final ReadOnlyBooleanWrapper backfillRunning = new ReadOnlyBooleanWrapper(this, "backfillRunning");

    /** @param live the connected bot, or null for an offline store */
    public StatusBarViewModel(String storeName, LiveConnection live) {
        this.storeName = storeName;
        this.live = live;
        if (live == null) {
            state.set(ConnectionStatus.State.OFFLINE);
            connection.set("offline: " + storeName);
        } else {
            update(live.status());
        }
    }

    public ReadOnlyObjectProperty<ConnectionStatus.State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** "offline: gavel.db", "connected as Gavel: recording into gavel.db", "resuming: …". */
    public ReadOnlyStringProperty connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    /** "1,234 events recorded" while live; null offline. */
    public ReadOnlyStringProperty eventsProperty() {
        return events.getReadOnlyProperty();
    }

    /** "Backfill: 3 of 12 channels, 4,500 messages fetched"; null when there is none to show. */
    public ReadOnlyStringProperty backfillProperty() {
        return backfill.getReadOnlyProperty();
    }

    /** 0 to 1 while the backfill runs and knows its channels; negative otherwise. */
    public ReadOnlyDoubleProperty backfillProgressProperty() {
        return backfillProgress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty backfillRunningProperty() {
        return backfillRunning.getReadOnlyProperty();
    }

    public void cancelBackfill() {
        if (live != null) {
            live.cancelBackfill();
        }
    }

    /** Shows the bot's newest status (on the JavaFX thread). */
    public void update(ConnectionStatus status) {
        state.set(status.state());
        connection.set(switch (status.state()) {
            case CONNECTING -> "connecting: " + storeName;
            case CONNECTED -> "connected as " + live.botName() + ": recording into " + storeName;
            case RESUMING -> "resuming: " + reason(status, "the connection was lost; reconnecting");
            case OFFLINE -> "offline: " + storeName + (status.reason() == null ? "" : " (" + status.reason() + ")");
        });
        events.set(String.format(Locale.ROOT, "%,d events recorded", status.eventsRecorded()));
        ConnectionStatus.Backfill b = status.backfill();
        backfillRunning.set(b.running());
        if (b.running()) {
            backfill.set(String.format(Locale.ROOT, "Backfill: %,d of %,d channels, %,d messages fetched", b.channelsDone(),
                    b.channelsTotal(), b.messagesFetched()));
            backfillProgress.set(b.channelsTotal() > 0 ? (double) b.channelsDone() / b.channelsTotal() : -1);
        } else if (b.cancelled()) {
            backfill.set(String.format(Locale.ROOT, "Backfill cancelled after %,d messages; it goes on at the next connect",
                    b.messagesFetched()));
            backfillProgress.set(-1);
        } else {
            backfill.set(null);
            backfillProgress.set(-1);
        }
    }

    private static String reason(ConnectionStatus status, String fallback) {
        return status.reason() == null ? fallback : status.reason();
    }
}
