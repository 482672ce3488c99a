package vn.edu.taphuan.reporting.boundary;

import jakarta.ws.rs.QueryParam;

import java.time.LocalDate;

/**
 * The query every view of the district report takes ({@code @BeanParam}): the day ({@code asOf}, default today) and
 * the ward / school type / staff category filter, so that the ranking, the matrix, the trend and the filed file
 * read them alike.
 */
public class DistrictQuery {

    @QueryParam("asOf")
    LocalDate asOf;

    @QueryParam("ward")
    String ward;

    @QueryParam("type")
    String type;

    @QueryParam("category")
    String category;
}
