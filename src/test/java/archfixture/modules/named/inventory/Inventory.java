package archfixture.modules.named.inventory;

/** The inventory module's service: its unnamed interface. */
public class Inventory {

    public StockLevel level(String item) {
        return new StockLevel(item, item.length());
    }
}
