package archfixture.modules.named.inventory;

import org.springframework.modulith.NamedInterface;

/** A read model, exposed only through the named interface {@code inventory::read-model}. */
@NamedInterface("read-model")
public record StockLevel(String item, int available) {}
