package io.pytopus.pet.simulation;

/**
 * What the octopus remembers of its last meals and games.
 *
 * @param lastFood the food of the last applied FEED, or {@code null} if it was never fed
 * @param sameFoodInARow how many applied FEEDs in a row gave {@code lastFood}
 * @param lastToy the toy of the last applied PLAY, or {@code null} if it never played
 */
public record RecentCare(Food lastFood, int sameFoodInARow, Toy lastToy) {

    /** Nothing eaten, nothing played yet. */
    public static final RecentCare NONE = new RecentCare(null, 0, null);

    public RecentCare {
        if (sameFoodInARow < 0 || (lastFood == null) != (sameFoodInARow == 0)) {
            throw new IllegalArgumentException(
                    "sameFoodInARow " + sameFoodInARow + " does not match lastFood " + lastFood);
        }
    }
}
