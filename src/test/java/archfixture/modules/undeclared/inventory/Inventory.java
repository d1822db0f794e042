package archfixture.modules.undeclared.inventory;

/** The inventory module's API. */
public class Inventory {

    public int available(String item) {
        return item.length();
    }
}
