package archfixture.modules.undeclared.orders;

import archfixture.modules.undeclared.inventory.Inventory;

/** Wrong: uses the inventory module's API although its package-info allows no dependency. */
public class Orders {

    public int available(String item) {
        return new Inventory().available(item);
    }
}
