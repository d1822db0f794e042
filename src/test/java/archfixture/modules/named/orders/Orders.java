package archfixture.modules.named.orders;

import archfixture.modules.named.inventory.Inventory;
import archfixture.modules.named.inventory.StockLevel;

/** Wrong: reads the read model although its package-info allows only the inventory's services. */
public class Orders {

    public int available(String item) {
        StockLevel level = new Inventory().level(item);
        return level.available();
    }
}
