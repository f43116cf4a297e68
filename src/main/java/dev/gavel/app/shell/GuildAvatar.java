package dev.gavel.app.shell;

import javafx.beans.value.ChangeListener;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;

/** A guild's icon, or its first letter on a coloured disc until (or unless) the icon has loaded. */
final class GuildAvatar extends StackPane {

    private final Label letter = new Label();
    private final ImageView image = new ImageView();
    private Image loading;
    private final ChangeListener<Number> loaded = (observable, was, now) -> showIfLoaded();

    GuildAvatar(GuildIcons icons, GuildItem guild) {
        getStyleClass().add("guild-avatar");
        letter.getStyleClass().addAll("guild-avatar-letter", "avatar-" + guild.colourSlot());
        letter.setText(guild.initial());
        letter.setMinSize(USE_PREF_SIZE, USE_PREF_SIZE);
        image.setVisible(false);
        image.setPreserveRatio(true);
        image.fitWidthProperty().bind(letter.widthProperty());
        image.fitHeightProperty().bind(letter.heightProperty());
        Circle clip = new Circle();
        clip.radiusProperty().bind(letter.widthProperty().divide(2));
        clip.centerXProperty().bind(letter.widthProperty().divide(2));
        clip.centerYProperty().bind(letter.heightProperty().divide(2));
        image.setClip(clip);
        getChildren().addAll(letter, image);
        setFocusTraversable(false);
        if (guild.iconUrl() != null && !guild.iconUrl().isBlank()) {
            loading = icons.icon(guild.iconUrl());
            loading.progressProperty().addListener(loaded);
            showIfLoaded();
        }
    }

    private void showIfLoaded() {
        if (loading != null && loading.getProgress() >= 1 && !loading.isError()) {
            image.setImage(loading);
            image.setVisible(true);
            letter.setText("");
            loading.progressProperty().removeListener(loaded);
        }
    }
}
