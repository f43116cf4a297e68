package dev.gavel.core.model;

import java.time.Instant;

/**
 * The original bot's billing tier of a guild ({@code guild_subscriptions}): shown and imported,
 * gating nothing. A null time is unknown (the original sometimes stored no readable time).
 */
public record GuildSubscription(
        String guildId,
        String stripeCustomerId,
        String stripeSubscriptionId,
        String productTier,
        String status,
        Instant currentPeriodEnd,
        Instant createdAt,
        Instant updatedAt) {
}
