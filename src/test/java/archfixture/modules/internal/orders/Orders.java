package archfixture.modules.internal.orders;

import archfixture.modules.internal.inventory.internal.Stock;

/** Wrong: reaches into the inventory module's internal package. */
public class Orders {

    public int stock() {
        return new Stock().count();
    }
}
