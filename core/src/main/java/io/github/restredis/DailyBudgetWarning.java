package io.github.restredis;

import java.time.LocalDate;

/**
 * The daily command budget's warning, handed once per UTC day to the callback given to {@link
 * Redis.Builder#dailyCommandBudget(long, double, java.util.function.Consumer)}: to page someone,
 * count it in a metric, or turn off optional Redis work (cache writes) for the rest of the day.
 *
 * @param day the UTC day (Upstash resets its daily quota at midnight UTC)
 * @param commands the billed commands counted that day when it warned: this client's and those of
 *     the clients sharing its count (see {@link Redis#newBuilder()})
 * @param budget the daily budget, in commands
 * @param warnShare the share of the budget at which it warns, in (0, 1]
 */
public record DailyBudgetWarning(LocalDate day, long commands, long budget, double warnShare) {}
