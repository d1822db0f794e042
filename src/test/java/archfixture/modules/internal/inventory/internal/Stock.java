package archfixture.modules.internal.inventory.internal;

/** Internal to the inventory module: public in Java, but not part of the module's API. */
public class Stock {

    public int count() {
        return 0;
    }
}
