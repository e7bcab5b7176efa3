package com.riskworkbench.app.cli;

import com.riskworkbench.portfolio.store.PortfolioLocation;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --portfolio} and {@code import --out}: a portfolio file or a PostgreSQL URL. */
final class LocationConverter implements ITypeConverter<PortfolioLocation> {
  @Override
  public PortfolioLocation convert(String value) {
    try {
      return PortfolioLocation.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
